import { createContext } from "react";
// src/provider/VernContext.ts
const VernContext = createContext(null);
VernContext.displayName = "VernContext";
export { VernContext };
