//! mistake: turns raw byte lines into text with Python's `b.decode("utf-8")`
//! offending: decode
//! category: python-habit
fn main() {
    let raw: Vec<Vec<u8>> = vec![b"alpha".to_vec(), b"beta".to_vec()];
    let texts: Vec<String> = raw.into_iter().map(|line| line.decode("utf-8")).collect();
    println!("{texts:?}");
}
