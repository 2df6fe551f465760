/** Identity pages, loaded on demand by the router (they carry the zod form rules). */
export { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
export { MyInvitationsPage } from './MyInvitationsPage.tsx';
export { MySpaceLayout } from './MySpaceLayout.tsx';
export { PasswordPage } from './PasswordPage.tsx';
export { ProfilePage } from './ProfilePage.tsx';
export { ResetPasswordPage } from './ResetPasswordPage.tsx';
export { SignInPage } from './SignInPage.tsx';
export { SignUpPage } from './SignUpPage.tsx';
export { TokensPage } from './TokensPage.tsx';
