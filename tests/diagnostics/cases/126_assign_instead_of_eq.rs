//! mistake: `=` instead of `==` in a filter condition
//! offending: status = 200
//! category: syntax
use comprehensions::comp;

fn main() {
    let responses = vec![("/", 200), ("/admin", 403)];
    let ok = comp![path for (path, status) in responses if status = 200];
    println!("{ok:?}");
}
