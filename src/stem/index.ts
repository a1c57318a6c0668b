export { stemGerman } from './german.js'
