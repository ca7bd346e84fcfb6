/** The API's minimum password length (libs/auth MIN_PASSWORD_LENGTH); checked here first to answer sooner. */
export const MIN_WACHTWOORD_LENGTE = 12;

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
