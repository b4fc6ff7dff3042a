//! mistake: Python's `int(s)` to parse a string (hand-written)
fn main() {
    let fields = "12,7,30".split(',');
    let numbers: Vec<i32> = fields.map(|f| int(f)).collect();
    let total: i32 = numbers.iter().sum();
    println!("{total}");
}
