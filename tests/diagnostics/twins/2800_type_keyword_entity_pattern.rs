//! mistake: named a loop variable `type`, as in Python's NER output `(type, text)`, a Rust keyword
//! offending: type
//! category: syntax

fn main() {
    let entities = vec![("PERSON", "Ada"), ("CITY", "London"), ("PERSON", "Grace")];
    let mut people = Vec::new();
    for (type, text) in &entities {
        if *type == "PERSON" {
            people.push(text);
        }
    }
    println!("{people:?}");
}
