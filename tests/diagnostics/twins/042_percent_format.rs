//! mistake: Python's `"%s=%s" % (k, v)` string formatting (hand-written)
fn main() {
    let params = vec![("page", 2), ("limit", 50)];
    let mut query = Vec::new();
    for (k, v) in params {
        query.push("%s=%s" % (k, v));
    }
    println!("{}", query.join("&"));
}
