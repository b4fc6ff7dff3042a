//! mistake: `?` on a `bool` validation result
//! offending: e.contains('@')?
//! category: try
use comprehensions::comp;

fn main() {
    let emails = ["a@x.org", "bad"];
    let valid = comp![e.contains('@')? for e in emails];
    println!("{valid:?}");
}
