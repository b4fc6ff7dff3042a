//! mistake: `str(n)` translated as a cast `n as String`
//! offending: n as String
//! category: type

fn main() {
    let order_ids = vec![1001u32, 1002, 1003];
    let keys: Vec<String> = order_ids.into_iter().map(|n| "order:".to_string() + &(n as String)).collect();
    println!("{keys:?}");
}
