//! mistake: a Python f-string to format `key=value` pairs of a log record
//! offending: f"{k}={v}"
//! category: python-habit
fn main() {
    let fields = vec![("host", "db1"), ("port", "5432")];
    let parts: Vec<_> = fields.iter().map(|(k, v)| f"{k}={v}").collect();
    println!("{}", parts.join(" "));
}
