//! mistake: indexing records by name, `{r.name.as_str(): r for r in records}`: the key borrows the record the value moves
//! offending: r.name.as_str()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct Record {
    name: String,
    score: u32,
}

fn main() {
    let records = vec![Record { name: "ann".into(), score: 3 }];
    // Python: by_name = {r.name: r for r in records}
    let by_name: HashMap<&str, Record> = comp!({r.name.as_str(): r for r in records});
    println!("{by_name:?}");
}
