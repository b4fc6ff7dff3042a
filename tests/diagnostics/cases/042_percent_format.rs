//! mistake: Python's `"%s=%s" % (k, v)` string formatting
//! offending: %
//! category: python-habit
use comprehensions::comp;

fn main() {
    let params = vec![("page", 2), ("limit", 50)];
    let query = comp!["%s=%s" % (k, v) for (k, v) in params];
    println!("{}", query.join("&"));
}
