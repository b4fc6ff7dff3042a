use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};

// Comprehensions caught half-typed, as an editor sees them: each gives one
// error on what is being typed, and no type error on the result (the
// expansion keeps its normal shape, so rust-analyzer completes there).
pub struct User {
    pub name: String,
    pub age: u32,
}

async fn fetch(user: &User) -> u32 {
    user.age
}

async fn run(users: Vec<User>) {
    let _: Vec<String> = comp![u. for u in &users];
    let _: HashSet<String> = comp!({u. for u in &users});
    let _: HashMap<String, u32> = comp!({u.name.clone(): u. for u in &users});
    let _: usize = comp!((u. for u in &users)).count();
    let _: Vec<String> = comp![u.name.clone() for u in &users if u.];
    let _: Vec<String> = comp![u.name.clone() for u in &users if u.age > 3 and u.];
    let _: Vec<u32> = comp![n for u in &users let n = u.];
    let _: Vec<u32> = comp![s for u in &users if (s := u.)];
    let _: Vec<(String, u32)> = comp![(u.name.clone(), v.) for u in &users for v in &users];
    let _: Vec<String> = comp![u.name.clone() for u in &users if ];
    let _: Vec<bool> = comp![u.age > for u in &users];
    let _: Vec<u32> = acomp![fetch(u.).await for u in &users; concurrency = 4];
    let _: Vec<u32> = acomp![await for u in &users];
}

fn main() {
    drop(run(Vec::new()));
}
