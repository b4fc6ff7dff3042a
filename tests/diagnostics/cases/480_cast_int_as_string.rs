//! mistake: `str(n)` translated as a cast `n as String`
//! offending: n as String
//! category: type
use comprehensions::comp;

fn main() {
    let order_ids = vec![1001u32, 1002, 1003];
    // Python: keys = ["order:" + str(n) for n in order_ids]
    let keys = comp!["order:".to_string() + &(n as String) for n in order_ids];
    println!("{keys:?}");
}
