//! mistake: a dict comprehension whose key moves the record's `String` name and whose value then reads it
//! offending: r.name.len()
//! category: ownership
use comprehensions::comp;

struct Rec {
    name: String,
}

fn main() {
    let recs = vec![Rec { name: "alpha".into() }, Rec { name: "be".into() }];
    let lens = comp!({r.name: r.name.len() for r in recs});
    println!("{lens:?}");
}
