//! mistake: Python's `any(map(..))` as `.any()` on an iterator of `bool`s, without the predicate closure Rust's `any` takes
//! offending: any()
//! category: python-habit
fn main() {
    let readings = vec![98, 101, 97];
    if readings.iter().copied().map(|r| r > 100).any() {
        println!("fever");
    }
}
