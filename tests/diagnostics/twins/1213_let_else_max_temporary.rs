//! mistake: `let Some(best) = <collected Vec>.iter().max() else { .. }` keeps a reference into a temporary `Vec`
//! offending: scores.iter().map(|(_, s)| s).filter(|s| **s > 0).collect::<Vec<_>>()
//! category: ownership

fn main() {
    let scores = vec![("ann", 3), ("bob", 9)];
    let Some(best) = scores.iter().map(|(_, s)| s).filter(|s| **s > 0).collect::<Vec<_>>().iter().max() else {
        return;
    };
    println!("{best}");
}
