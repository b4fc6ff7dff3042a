//! mistake: converted a status code to text with Python's `str(c)` instead of `c.to_string()`
//! offending: str(c)
//! category: python-habit

fn main() {
    let codes: Vec<u16> = vec![200, 503, 200, 429];
    let labels: Vec<String> = codes.iter().map(|c| str(c)).collect();
    println!("{labels:?}");
}
