//! offending: total += n
fn main() {
    let amounts = ["10", "25", "x"];
    let mut total = 0i64;
    for n in amounts.iter().map(|a| a.parse::<i64>()) {
        total += n;
    }
    println!("{total}");
}
