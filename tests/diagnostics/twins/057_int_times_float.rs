//! mistake: multiplying a `u32` by a float literal (hand-written)
fn main() {
    let prices: Vec<u32> = vec![100, 250, 40];
    let mut gross = Vec::new();
    for price in prices {
        gross.push(price * 1.2);
    }
    println!("{gross:?}");
}
