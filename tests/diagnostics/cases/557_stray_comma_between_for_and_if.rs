//! mistake: a stray comma left between the `for` clause and the `if` clause after editing the element
//! offending: ,
//! category: syntax
use comprehensions::comp;

struct Entry {
    ip: &'static str,
    status: u16,
}

fn main() {
    let entries = vec![Entry { ip: "10.0.0.1", status: 500 }, Entry { ip: "10.0.0.2", status: 200 }];
    // Python: [e.ip for e in entries if e.status >= 500]
    let failing = comp![e.ip for e in &entries, if e.status >= 500];
    println!("{failing:?}");
}
