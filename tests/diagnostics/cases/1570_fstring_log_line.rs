//! mistake: a Python f-string to format `key=value` pairs of a log record
//! offending: f"{k}={v}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let fields = vec![("host", "db1"), ("port", "5432")];
    let parts = comp![f"{k}={v}" for (k, v) in &fields];
    println!("{}", parts.join(" "));
}
