/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/mock-validators.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */
// @ts-nocheck: Ajv's standalone code is untyped JavaScript; VALIDATORS below types what it exports.

import { FORMATS } from '@civis-ts/spec/formats';
import type { GeneratedOperation } from '../validators.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const helper = (module) => (typeof module === 'function' ? module : helper(module.default));

export const v0 = validate0;
const schema0 = {"type":"string","enum":["true","false","all"],"default":"false"};

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate0.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "true") || (data === "false")) || (data === "all"))){
validate0.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema0.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v1 = validate1;
const schema1 = {"type":"string","pattern":"^[1-9][0-9]*(,[1-9][0-9]*)*$"};
const pattern0 = new RegExp("^[1-9][0-9]*(,[1-9][0-9]*)*$", "u");

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(!pattern0.test(data)){
validate1.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(,[1-9][0-9]*)*$"},message:"must match pattern \""+"^[1-9][0-9]*(,[1-9][0-9]*)*$"+"\""}];
return false;
}
}
else {
validate1.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v2 = validate2;
const schema2 = {"type":"integer","minimum":1,"maximum":50,"default":20};

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate2.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data > 50 || isNaN(data)){
validate2.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"}];
return false;
}
else {
if(data < 1 || isNaN(data)){
validate2.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v3 = validate3;
const schema3 = {"type":"integer","minimum":1,"default":1};

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate3.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data < 1 || isNaN(data)){
validate3.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v4 = validate4;
const schema4 = {"type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate4.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "updated_at") || (data === "name")) || (data === "created_at"))){
validate4.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema4.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v5 = validate5;
const schema5 = {"$ref":"openapi.json#/components/schemas/OrderDir","default":"desc"};
const schema7 = {"type":"string","enum":["asc","desc"]};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate7.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "asc") || (data === "desc"))){
validate7.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema7.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate7(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v6 = validate9;
const schema8 = {"type":"array","items":{"$ref":"openapi.json#/components/schemas/PermissionSet"}};
const schema9 = {"type":"object","required":["id","name","description","author","createdAt","updatedAt","archived"],"properties":{"id":{"type":"integer","format":"int64"},"name":{"type":"string"},"description":{"type":["string","null"]},"author":{"$ref":"#/components/schemas/UserSummary"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"archived":{"type":["string","boolean"]}}};
const formats0 = FORMATS.int64;
const schema10 = {"type":"object","required":["id","name","username","initials","online"],"properties":{"id":{"type":"integer","format":"int64"},"name":{"type":"string"},"username":{"type":"string"},"initials":{"type":"string"},"online":{"type":"boolean"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.username === undefined) && (missing0 = "username"))) || ((data.initials === undefined) && (missing0 = "initials"))) || ((data.online === undefined) && (missing0 = "online"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate11.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs5 = errors;
if(typeof data.username !== "string"){
validate11.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.initials !== undefined){
const _errs7 = errors;
if(typeof data.initials !== "string"){
validate11.errors = [{instancePath:instancePath+"/initials",schemaPath:"#/properties/initials/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.online !== undefined){
const _errs9 = errors;
if(typeof data.online !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/online",schemaPath:"#/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":{"id":true,"name":true,"username":true,"initials":true,"online":true},"dynamicProps":false,"dynamicItems":false};


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))) || ((data.archived === undefined) && (missing0 = "archived"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate10.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema9.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
const _errs7 = errors;
if(!(validate11(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(!(typeof data.createdAt === "string")){
validate10.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updatedAt !== undefined){
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(!(typeof data.updatedAt === "string")){
validate10.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.archived !== undefined){
let data6 = data.archived;
const _errs12 = errors;
if((typeof data6 !== "string") && (typeof data6 !== "boolean")){
validate10.errors = [{instancePath:instancePath+"/archived",schemaPath:"#/properties/archived/type",keyword:"type",params:{type: schema9.properties.archived.type},message:"must be string,boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":{"id":true,"name":true,"description":true,"author":true,"createdAt":true,"updatedAt":true,"archived":true},"dynamicProps":false,"dynamicItems":false};


function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate10(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate9.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v7 = validate14;
const schema11 = {"type":"integer","minimum":1};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data < 1 || isNaN(data)){
validate14.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v8 = validate15;
const schema12 = {"type":"integer","minimum":0};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
validate15.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v9 = validate16;
const schema13 = {"type":"string","minLength":1};
const func0 = helper(ucs2lengthModule);

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func0(data) < 1){
validate16.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v10 = validate17;
const schema14 = {"$ref":"openapi.json#/components/schemas/Error"};
const schema15 = {"type":"object","required":["error","errorDescription","code"],"properties":{"error":{"type":"string"},"errorDescription":{"type":"string"},"code":{"type":"integer"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.error === undefined) && (missing0 = "error")) || ((data.errorDescription === undefined) && (missing0 = "errorDescription"))) || ((data.code === undefined) && (missing0 = "code"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
const _errs1 = errors;
if(typeof data.error !== "string"){
validate18.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorDescription !== undefined){
const _errs3 = errors;
if(typeof data.errorDescription !== "string"){
validate18.errors = [{instancePath:instancePath+"/errorDescription",schemaPath:"#/properties/errorDescription/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data2 = data.code;
const _errs5 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate18.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":{"error":true,"errorDescription":true,"code":true},"dynamicProps":false,"dynamicItems":false};


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate18(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"props":{"error":true,"errorDescription":true,"code":true},"dynamicProps":false,"dynamicItems":false};

export const v11 = validate20;
const schema16 = {"$ref":"openapi.json#/components/schemas/PermissionSetCreate"};
const schema17 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":10000}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func0(data0) > 255){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func0(data0) < 1){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func0(data1) > 10000){
validate21.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v12 = validate23;
const schema18 = {"$ref":"openapi.json#/components/schemas/PermissionSet"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))) || ((data.archived === undefined) && (missing0 = "archived"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate24.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema9.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
const _errs7 = errors;
if(!(validate11(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(!(typeof data.createdAt === "string")){
validate24.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updatedAt !== undefined){
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(!(typeof data.updatedAt === "string")){
validate24.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.archived !== undefined){
let data6 = data.archived;
const _errs12 = errors;
if((typeof data6 !== "string") && (typeof data6 !== "boolean")){
validate24.errors = [{instancePath:instancePath+"/archived",schemaPath:"#/properties/archived/type",keyword:"type",params:{type: schema9.properties.archived.type},message:"must be string,boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"id":true,"name":true,"description":true,"author":true,"createdAt":true,"updatedAt":true,"archived":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"id":true,"name":true,"description":true,"author":true,"createdAt":true,"updatedAt":true,"archived":true},"dynamicProps":false,"dynamicItems":false};

export const v13 = validate27;
const schema20 = {"type":"integer","format":"int64","minimum":1};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data < 1 || isNaN(data)){
validate27.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data))){
validate27.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v14 = validate28;
const schema21 = {"$ref":"openapi.json#/components/schemas/PermissionSetReplace"};
const schema22 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":10000}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func0(data0) > 255){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func0(data0) < 1){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func0(data1) > 10000){
validate29.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v15 = validate31;
const schema23 = {"$ref":"openapi.json#/components/schemas/PermissionSetUpdate"};
const schema24 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":10000}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func0(data0) > 255){
validate32.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func0(data0) < 1){
validate32.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func0(data1) > 10000){
validate32.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v16 = validate34;
const schema25 = {"$ref":"openapi.json#/components/schemas/ArchiveRequest"};
const schema26 = {"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"boolean"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "status")){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
if(typeof data.status !== "boolean"){
validate35.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v17 = validate37;
const schema27 = {"type":"array","items":{"$ref":"openapi.json#/components/schemas/Dependency"}};
const schema28 = {"type":"object","required":["objectType","fcoType","id","name","permissionLevel","description","shareable"],"properties":{"objectType":{"type":"string"},"fcoType":{"type":"string"},"id":{"type":"integer","format":"int64"},"name":{"type":["string","null"]},"permissionLevel":{"type":["string","null"]},"description":{"type":["string","null"]},"shareable":{"type":"boolean"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.objectType === undefined) && (missing0 = "objectType")) || ((data.fcoType === undefined) && (missing0 = "fcoType"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.permissionLevel === undefined) && (missing0 = "permissionLevel"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.shareable === undefined) && (missing0 = "shareable"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.objectType !== undefined){
const _errs1 = errors;
if(typeof data.objectType !== "string"){
validate38.errors = [{instancePath:instancePath+"/objectType",schemaPath:"#/properties/objectType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fcoType !== undefined){
const _errs3 = errors;
if(typeof data.fcoType !== "string"){
validate38.errors = [{instancePath:instancePath+"/fcoType",schemaPath:"#/properties/fcoType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs5 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate38.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
validate38.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema28.properties.name.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionLevel !== undefined){
let data4 = data.permissionLevel;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate38.errors = [{instancePath:instancePath+"/permissionLevel",schemaPath:"#/properties/permissionLevel/type",keyword:"type",params:{type: schema28.properties.permissionLevel.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate38.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema28.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shareable !== undefined){
const _errs13 = errors;
if(typeof data.shareable !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/shareable",schemaPath:"#/properties/shareable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"objectType":true,"fcoType":true,"id":true,"name":true,"permissionLevel":true,"description":true,"shareable":true},"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate38(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v18 = validate40;
const schema29 = {"$ref":"openapi.json#/components/schemas/TransferRequest"};
const schema30 = {"type":"object","additionalProperties":false,"required":["userId","includeDependencies"],"properties":{"userId":{"type":"integer","format":"int64","minimum":1},"includeDependencies":{"type":"boolean"},"emailBody":{"type":"string"},"sendEmail":{"type":"boolean"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.userId === undefined) && (missing0 = "userId")) || ((data.includeDependencies === undefined) && (missing0 = "includeDependencies"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "includeDependencies")) || (key0 === "emailBody")) || (key0 === "sendEmail"))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate41.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
validate41.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data0))){
validate41.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeDependencies !== undefined){
const _errs4 = errors;
if(typeof data.includeDependencies !== "boolean"){
validate41.errors = [{instancePath:instancePath+"/includeDependencies",schemaPath:"#/properties/includeDependencies/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emailBody !== undefined){
const _errs6 = errors;
if(typeof data.emailBody !== "string"){
validate41.errors = [{instancePath:instancePath+"/emailBody",schemaPath:"#/properties/emailBody/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sendEmail !== undefined){
const _errs8 = errors;
if(typeof data.sendEmail !== "boolean"){
validate41.errors = [{instancePath:instancePath+"/sendEmail",schemaPath:"#/properties/sendEmail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v19 = validate43;
const schema31 = {"$ref":"openapi.json#/components/schemas/TransferResult"};
const schema32 = {"type":"object","required":["dependencies"],"properties":{"dependencies":{"type":"array","items":{"$ref":"#/components/schemas/TransferredDependency"}}}};
const schema33 = {"type":"object","required":["objectType","fcoType","id","name","permissionLevel","description","shared"],"properties":{"objectType":{"type":"string"},"fcoType":{"type":"string"},"id":{"type":"integer","format":"int64"},"name":{"type":["string","null"]},"permissionLevel":{"type":["string","null"]},"description":{"type":["string","null"]},"shared":{"type":"boolean"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.objectType === undefined) && (missing0 = "objectType")) || ((data.fcoType === undefined) && (missing0 = "fcoType"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.permissionLevel === undefined) && (missing0 = "permissionLevel"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.shared === undefined) && (missing0 = "shared"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.objectType !== undefined){
const _errs1 = errors;
if(typeof data.objectType !== "string"){
validate45.errors = [{instancePath:instancePath+"/objectType",schemaPath:"#/properties/objectType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fcoType !== undefined){
const _errs3 = errors;
if(typeof data.fcoType !== "string"){
validate45.errors = [{instancePath:instancePath+"/fcoType",schemaPath:"#/properties/fcoType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs5 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate45.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data2 == "number"){
if(!(formats0.validate(data2))){
validate45.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate45.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema33.properties.name.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionLevel !== undefined){
let data4 = data.permissionLevel;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate45.errors = [{instancePath:instancePath+"/permissionLevel",schemaPath:"#/properties/permissionLevel/type",keyword:"type",params:{type: schema33.properties.permissionLevel.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate45.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema33.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shared !== undefined){
const _errs13 = errors;
if(typeof data.shared !== "boolean"){
validate45.errors = [{instancePath:instancePath+"/shared",schemaPath:"#/properties/shared/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"objectType":true,"fcoType":true,"id":true,"name":true,"permissionLevel":true,"description":true,"shared":true},"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.dependencies === undefined) && (missing0 = "dependencies")){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.dependencies !== undefined){
let data0 = data.dependencies;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate45(data0[i0], {instancePath:instancePath+"/dependencies/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"dependencies":true},"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"dependencies":true},"dynamicProps":false,"dynamicItems":false};

export const v20 = validate48;
const schema34 = {"type":"array","items":{"$ref":"openapi.json#/components/schemas/ShareIndex"}};
const schema35 = {"type":"object","required":["readers","writers","owners","totalUserShares","totalGroupShares"],"properties":{"readers":{"$ref":"#/components/schemas/ShareLevelEntries"},"writers":{"$ref":"#/components/schemas/ShareLevelEntries"},"owners":{"$ref":"#/components/schemas/ShareLevelEntries"},"totalUserShares":{"type":"integer","minimum":0},"totalGroupShares":{"type":"integer","minimum":0}}};
const schema36 = {"type":"object","required":["users","groups"],"properties":{"users":{"type":"array","items":{"$ref":"#/components/schemas/ShareEntity"}},"groups":{"type":"array","items":{"$ref":"#/components/schemas/ShareEntity"}}}};
const schema37 = {"type":"object","required":["id","name"],"properties":{"id":{"type":"integer","format":"int64"},"name":{"type":"string"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate51.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate51.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate51.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"id":true,"name":true},"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.users === undefined) && (missing0 = "users")) || ((data.groups === undefined) && (missing0 = "groups"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.users !== undefined){
let data0 = data.users;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate51(data0[i0], {instancePath:instancePath+"/users/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data2 = data.groups;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs6 = errors;
if(!(validate51(data2[i1], {instancePath:instancePath+"/groups/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"users":true,"groups":true},"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.readers === undefined) && (missing0 = "readers")) || ((data.writers === undefined) && (missing0 = "writers"))) || ((data.owners === undefined) && (missing0 = "owners"))) || ((data.totalUserShares === undefined) && (missing0 = "totalUserShares"))) || ((data.totalGroupShares === undefined) && (missing0 = "totalGroupShares"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.readers !== undefined){
const _errs1 = errors;
if(!(validate50(data.readers, {instancePath:instancePath+"/readers",parentData:data,parentDataProperty:"readers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.writers !== undefined){
const _errs2 = errors;
if(!(validate50(data.writers, {instancePath:instancePath+"/writers",parentData:data,parentDataProperty:"writers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
const _errs3 = errors;
if(!(validate50(data.owners, {instancePath:instancePath+"/owners",parentData:data,parentDataProperty:"owners",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalUserShares !== undefined){
let data3 = data.totalUserShares;
const _errs4 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate49.errors = [{instancePath:instancePath+"/totalUserShares",schemaPath:"#/properties/totalUserShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate49.errors = [{instancePath:instancePath+"/totalUserShares",schemaPath:"#/properties/totalUserShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalGroupShares !== undefined){
let data4 = data.totalGroupShares;
const _errs6 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate49.errors = [{instancePath:instancePath+"/totalGroupShares",schemaPath:"#/properties/totalGroupShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate49.errors = [{instancePath:instancePath+"/totalGroupShares",schemaPath:"#/properties/totalGroupShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"readers":true,"writers":true,"owners":true,"totalUserShares":true,"totalGroupShares":true},"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate49(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v21 = validate58;
const schema38 = {"$ref":"openapi.json#/components/schemas/ShareWithUsersRequest"};
const schema39 = {"type":"object","additionalProperties":false,"required":["userIds","permissionLevel"],"properties":{"userIds":{"type":"array","minItems":1,"items":{"type":"integer","format":"int64","minimum":1}},"permissionLevel":{"$ref":"#/components/schemas/PermissionLevel"},"shareEmailBody":{"type":"string"},"sendSharedEmail":{"type":"boolean"}}};
const schema40 = {"type":"string","enum":["read","write","manage"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "read") || (data === "write")) || (data === "manage"))){
validate60.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.userIds === undefined) && (missing0 = "userIds")) || ((data.permissionLevel === undefined) && (missing0 = "permissionLevel"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "userIds") || (key0 === "permissionLevel")) || (key0 === "shareEmailBody")) || (key0 === "sendSharedEmail"))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userIds !== undefined){
let data0 = data.userIds;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate59.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate59.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate59.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionLevel !== undefined){
const _errs6 = errors;
if(!(validate60(data.permissionLevel, {instancePath:instancePath+"/permissionLevel",parentData:data,parentDataProperty:"permissionLevel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shareEmailBody !== undefined){
const _errs7 = errors;
if(typeof data.shareEmailBody !== "string"){
validate59.errors = [{instancePath:instancePath+"/shareEmailBody",schemaPath:"#/properties/shareEmailBody/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sendSharedEmail !== undefined){
const _errs9 = errors;
if(typeof data.sendSharedEmail !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/sendSharedEmail",schemaPath:"#/properties/sendSharedEmail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v22 = validate63;
const schema41 = {"$ref":"openapi.json#/components/schemas/ShareIndex"};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.readers === undefined) && (missing0 = "readers")) || ((data.writers === undefined) && (missing0 = "writers"))) || ((data.owners === undefined) && (missing0 = "owners"))) || ((data.totalUserShares === undefined) && (missing0 = "totalUserShares"))) || ((data.totalGroupShares === undefined) && (missing0 = "totalGroupShares"))){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.readers !== undefined){
const _errs1 = errors;
if(!(validate50(data.readers, {instancePath:instancePath+"/readers",parentData:data,parentDataProperty:"readers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.writers !== undefined){
const _errs2 = errors;
if(!(validate50(data.writers, {instancePath:instancePath+"/writers",parentData:data,parentDataProperty:"writers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
const _errs3 = errors;
if(!(validate50(data.owners, {instancePath:instancePath+"/owners",parentData:data,parentDataProperty:"owners",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalUserShares !== undefined){
let data3 = data.totalUserShares;
const _errs4 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate64.errors = [{instancePath:instancePath+"/totalUserShares",schemaPath:"#/properties/totalUserShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate64.errors = [{instancePath:instancePath+"/totalUserShares",schemaPath:"#/properties/totalUserShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalGroupShares !== undefined){
let data4 = data.totalGroupShares;
const _errs6 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate64.errors = [{instancePath:instancePath+"/totalGroupShares",schemaPath:"#/properties/totalGroupShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate64.errors = [{instancePath:instancePath+"/totalGroupShares",schemaPath:"#/properties/totalGroupShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"readers":true,"writers":true,"owners":true,"totalUserShares":true,"totalGroupShares":true},"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"readers":true,"writers":true,"owners":true,"totalUserShares":true,"totalGroupShares":true},"dynamicProps":false,"dynamicItems":false};

export const v23 = validate69;
const schema43 = {"$ref":"openapi.json#/components/schemas/ShareWithGroupsRequest"};
const schema44 = {"type":"object","additionalProperties":false,"required":["groupIds","permissionLevel"],"properties":{"groupIds":{"type":"array","minItems":1,"items":{"type":"integer","format":"int64","minimum":1}},"permissionLevel":{"$ref":"#/components/schemas/PermissionLevel"},"shareEmailBody":{"type":"string"},"sendSharedEmail":{"type":"boolean"}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.groupIds === undefined) && (missing0 = "groupIds")) || ((data.permissionLevel === undefined) && (missing0 = "permissionLevel"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "groupIds") || (key0 === "permissionLevel")) || (key0 === "shareEmailBody")) || (key0 === "sendSharedEmail"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupIds !== undefined){
let data0 = data.groupIds;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate70.errors = [{instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate70.errors = [{instancePath:instancePath+"/groupIds/" + i0,schemaPath:"#/properties/groupIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
validate70.errors = [{instancePath:instancePath+"/groupIds/" + i0,schemaPath:"#/properties/groupIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate70.errors = [{instancePath:instancePath+"/groupIds/" + i0,schemaPath:"#/properties/groupIds/items/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionLevel !== undefined){
const _errs6 = errors;
if(!(validate60(data.permissionLevel, {instancePath:instancePath+"/permissionLevel",parentData:data,parentDataProperty:"permissionLevel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shareEmailBody !== undefined){
const _errs7 = errors;
if(typeof data.shareEmailBody !== "string"){
validate70.errors = [{instancePath:instancePath+"/shareEmailBody",schemaPath:"#/properties/shareEmailBody/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sendSharedEmail !== undefined){
const _errs9 = errors;
if(typeof data.sendSharedEmail !== "boolean"){
validate70.errors = [{instancePath:instancePath+"/sendSharedEmail",schemaPath:"#/properties/sendSharedEmail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v24 = validate73;
const schema45 = {"type":"array","items":{"$ref":"openapi.json#/components/schemas/UserPermission"}};
const schema46 = {"type":"object","required":["resourceName","read","write","manage"],"properties":{"resourceName":{"type":"string"},"read":{"type":"boolean"},"write":{"type":"boolean"},"manage":{"type":"boolean"}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.resourceName === undefined) && (missing0 = "resourceName")) || ((data.read === undefined) && (missing0 = "read"))) || ((data.write === undefined) && (missing0 = "write"))) || ((data.manage === undefined) && (missing0 = "manage"))){
validate74.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.resourceName !== undefined){
const _errs1 = errors;
if(typeof data.resourceName !== "string"){
validate74.errors = [{instancePath:instancePath+"/resourceName",schemaPath:"#/properties/resourceName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.read !== undefined){
const _errs3 = errors;
if(typeof data.read !== "boolean"){
validate74.errors = [{instancePath:instancePath+"/read",schemaPath:"#/properties/read/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.write !== undefined){
const _errs5 = errors;
if(typeof data.write !== "boolean"){
validate74.errors = [{instancePath:instancePath+"/write",schemaPath:"#/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manage !== undefined){
const _errs7 = errors;
if(typeof data.manage !== "boolean"){
validate74.errors = [{instancePath:instancePath+"/manage",schemaPath:"#/properties/manage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"resourceName":true,"read":true,"write":true,"manage":true},"dynamicProps":false,"dynamicItems":false};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate74(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v25 = validate76;
const schema47 = {"type":"integer","minimum":1,"maximum":1000,"default":50};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if(typeof data == "number"){
if(data > 1000 || isNaN(data)){
validate76.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data < 1 || isNaN(data)){
validate76.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v26 = validate77;
const schema48 = {"type":"string","enum":["name","id","updated_at","created_at"],"default":"name"};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data === "name") || (data === "id")) || (data === "updated_at")) || (data === "created_at"))){
validate77.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v27 = validate78;
const schema49 = {"$ref":"openapi.json#/components/schemas/OrderDir","default":"asc"};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "asc") || (data === "desc"))){
validate79.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema7.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v28 = validate81;
const schema51 = {"type":"array","items":{"$ref":"openapi.json#/components/schemas/PermissionSetResource"}};
const schema52 = {"type":"object","required":["permissionSetId","name","description","createdAt","updatedAt"],"properties":{"permissionSetId":{"type":"integer","format":"int64"},"name":{"type":"string"},"description":{"type":["string","null"]},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.permissionSetId === undefined) && (missing0 = "permissionSetId")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.permissionSetId !== undefined){
let data0 = data.permissionSetId;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate82.errors = [{instancePath:instancePath+"/permissionSetId",schemaPath:"#/properties/permissionSetId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate82.errors = [{instancePath:instancePath+"/permissionSetId",schemaPath:"#/properties/permissionSetId/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate82.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate82.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema52.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(!(typeof data.createdAt === "string")){
validate82.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updatedAt !== undefined){
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(!(typeof data.updatedAt === "string")){
validate82.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"permissionSetId":true,"name":true,"description":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate82(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v29 = validate84;
const schema53 = {"$ref":"openapi.json#/components/schemas/ResourceCreate"};
const schema54 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":10000}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate85.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
validate85.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func0(data0) > 255){
validate85.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func0(data0) < 1){
validate85.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func0(data1) > 10000){
validate85.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const v30 = validate87;
const schema55 = {"$ref":"openapi.json#/components/schemas/PermissionSetResource"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.permissionSetId === undefined) && (missing0 = "permissionSetId")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.permissionSetId !== undefined){
let data0 = data.permissionSetId;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate88.errors = [{instancePath:instancePath+"/permissionSetId",schemaPath:"#/properties/permissionSetId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
validate88.errors = [{instancePath:instancePath+"/permissionSetId",schemaPath:"#/properties/permissionSetId/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate88.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate88.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema52.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(!(typeof data.createdAt === "string")){
validate88.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updatedAt !== undefined){
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(!(typeof data.updatedAt === "string")){
validate88.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"permissionSetId":true,"name":true,"description":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"permissionSetId":true,"name":true,"description":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};

export const v31 = validate90;
const schema57 = {"type":"string","minLength":1,"maxLength":255};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func0(data) > 255){
validate90.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func0(data) < 1){
validate90.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v32 = validate91;
const schema58 = {"$ref":"openapi.json#/components/schemas/ResourceUpdate"};
const schema59 = {"type":"object","additionalProperties":false,"properties":{"description":{"type":"string","maxLength":10000}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "description")){
validate92.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.description !== undefined){
let data0 = data.description;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func0(data0) > 10000){
validate92.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate92.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Each operation's validators, by parameter (`in:name`), body, and response status. */
export const VALIDATORS: Record<string, GeneratedOperation> = {
  "listPermissionSets": {
    parameters: { "query:archived": v0, "query:author": v1, "query:limit": v2, "query:page_num": v3, "query:order": v4, "query:order_dir": v5 },
    responses: {
      "200": { body: v6, headers: { "X-Pagination-Current-Page": v7, "X-Pagination-Per-Page": v7, "X-Pagination-Total-Pages": v8, "X-Pagination-Total-Entries": v8, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "createPermissionSet": {
    parameters: {  }, body: v11,
    responses: {
      "201": { body: v12, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "getPermissionSet": {
    parameters: { "path:id": v13 },
    responses: {
      "200": { body: v12, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "replacePermissionSet": {
    parameters: { "path:id": v13 }, body: v14,
    responses: {
      "200": { body: v12, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "updatePermissionSet": {
    parameters: { "path:id": v13 }, body: v15,
    responses: {
      "200": { body: v12, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "setPermissionSetArchived": {
    parameters: { "path:id": v13 }, body: v16,
    responses: {
      "200": { body: v12, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "listPermissionSetDependencies": {
    parameters: { "path:id": v13, "query:user_id": v13 },
    responses: {
      "200": { body: v17, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "transferPermissionSet": {
    parameters: { "path:id": v13 }, body: v18,
    responses: {
      "200": { body: v19, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "listPermissionSetShares": {
    parameters: { "path:id": v13 },
    responses: {
      "200": { body: v20, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "sharePermissionSetWithUsers": {
    parameters: { "path:id": v13 }, body: v21,
    responses: {
      "200": { body: v22, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "revokePermissionSetUserShare": {
    parameters: { "path:id": v13, "path:user_id": v13 },
    responses: {
      "204": { headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "sharePermissionSetWithGroups": {
    parameters: { "path:id": v13 }, body: v23,
    responses: {
      "200": { body: v22, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "revokePermissionSetGroupShare": {
    parameters: { "path:id": v13, "path:group_id": v13 },
    responses: {
      "204": { headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "listPermissionSetUserPermissions": {
    parameters: { "path:id": v13, "path:user_id": v13 },
    responses: {
      "200": { body: v24, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "listPermissionSetResources": {
    parameters: { "path:id": v13, "query:limit": v25, "query:page_num": v3, "query:order": v26, "query:order_dir": v27 },
    responses: {
      "200": { body: v28, headers: { "X-Pagination-Current-Page": v7, "X-Pagination-Per-Page": v7, "X-Pagination-Total-Pages": v8, "X-Pagination-Total-Entries": v8, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "createPermissionSetResource": {
    parameters: { "path:id": v13 }, body: v29,
    responses: {
      "201": { body: v30, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "409": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "getPermissionSetResource": {
    parameters: { "path:id": v13, "path:name": v31 },
    responses: {
      "200": { body: v30, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "deletePermissionSetResource": {
    parameters: { "path:id": v13, "path:name": v31 },
    responses: {
      "204": { headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "updatePermissionSetResource": {
    parameters: { "path:id": v13, "path:name": v31 }, body: v32,
    responses: {
      "200": { body: v30, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "listPermissionSetResourceShares": {
    parameters: { "path:id": v13, "path:name": v31 },
    responses: {
      "200": { body: v20, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "sharePermissionSetResourceWithUsers": {
    parameters: { "path:id": v13, "path:name": v31 }, body: v21,
    responses: {
      "200": { body: v22, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "revokePermissionSetResourceUserShare": {
    parameters: { "path:id": v13, "path:name": v31, "path:user_id": v13 },
    responses: {
      "204": { headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "sharePermissionSetResourceWithGroups": {
    parameters: { "path:id": v13, "path:name": v31 }, body: v23,
    responses: {
      "200": { body: v22, headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
  "revokePermissionSetResourceGroupShare": {
    parameters: { "path:id": v13, "path:name": v31, "path:group_id": v13 },
    responses: {
      "204": { headers: { "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "401": { body: v10, headers: { "WWW-Authenticate": v9, "X-Request-Id": v9 } },
      "403": { body: v10, headers: { "X-Request-Id": v9 } },
      "404": { body: v10, headers: { "X-Request-Id": v9 } },
      "422": { body: v10, headers: { "X-Request-Id": v9 } },
      "429": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9, "X-RateLimit-Limit": v8, "X-RateLimit-Remaining": v8 } },
      "500": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "502": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "503": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
      "504": { body: v10, headers: { "Retry-After": v9, "X-Request-Id": v9 } },
    },
  },
};
