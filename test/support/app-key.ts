import { generateKeyPairSync } from 'node:crypto';

/** A fresh RSA key in the PEM form GitHub hands out for an App (Probot signs its JWTs with it). */
export function generateAppPrivateKey(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  }).privateKey;
}
