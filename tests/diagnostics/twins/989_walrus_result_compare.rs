//! mistake: a walrus binds `s.parse::<u32>()` (a `Result`) and compares it with `0` as if it were the number
//! offending: n > 0
//! category: type

fn main() {
    let fields = vec!["12", "0", "x", "7"];
    let mut positive = Vec::new();
    for s in &fields {
        let n = s.parse::<u32>();
        if n > 0 {
            positive.push(n);
        }
    }
    println!("{positive:?}");
}
