//! mistake: used the `&str` slice as the key of a dict annotated `HashMap<String, usize>`
//! offending: &seq[i..i + k]
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let seq = "ATGATGCATGCA";
    let k = 3;
    // Python: counts = {seq[i:i + k]: seq.count(seq[i:i + k]) for i in range(len(seq) - k + 1)}
    let counts: HashMap<String, usize> =
        comp!({&seq[i..i + k]: seq.matches(&seq[i..i + k]).count() for i in 0..=seq.len() - k});
    let mut top: Vec<_> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &top[..3]);
}
