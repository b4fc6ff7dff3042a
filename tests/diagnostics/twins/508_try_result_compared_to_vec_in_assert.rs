//! offending: vec![1, 2]
fn main() {
    let cells = ["1", "2"];
    assert_eq!(cells.iter().map(|s| s.parse::<i32>()).collect::<Result<Vec<_>, _>>(), vec![1, 2]);
}
