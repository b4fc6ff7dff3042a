//! mistake: `let v = s.parse()` without a type, so the number's type is unknown
//! offending: let v = s.parse()
//! category: type
fn main() {
    let fields = vec!["12", "x", "40"];
    let mut nums = Vec::new();
    for s in &fields {
        let v = s.parse();
        if v.is_ok() {
            nums.push(v.unwrap());
        }
    }
    println!("{nums:?}");
}
