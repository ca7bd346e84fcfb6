import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markering } from './Markering';

describe('Markering', () => {
  it('marks the found words and shows escaped text as text, never as HTML', () => {
    const { container } = render(
      <p>
        <Markering
          html={'Ik rijd <mark>heftruck</mark> &amp; <mark>reachtruck</mark>; &lt;script&gt;alert(1)&lt;/script&gt;'}
        />
      </p>,
    );
    expect(Array.from(container.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'heftruck',
      'reachtruck',
    ]);
    expect(container.textContent).toBe('Ik rijd heftruck & reachtruck; <script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });
});
