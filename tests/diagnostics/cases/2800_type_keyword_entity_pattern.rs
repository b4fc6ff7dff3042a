//! mistake: named a loop variable `type`, as in Python's NER output `(type, text)`, a Rust keyword
//! offending: type
//! category: syntax
use comprehensions::comp;

fn main() {
    let entities = vec![("PERSON", "Ada"), ("CITY", "London"), ("PERSON", "Grace")];
    let people = comp![text for (type, text) in &entities if *type == "PERSON"];
    println!("{people:?}");
}
