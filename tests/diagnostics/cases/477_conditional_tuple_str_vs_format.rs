//! mistake: conditional inside a tuple element: one branch &str, the other a String from format!
//! offending: format!("{}...", &n[..7])
//! category: type
use comprehensions::comp;

fn main() {
    let names = vec!["Ada", "Bartholomew Higginbottom", "Cy"];
    // Python: [(i, n if len(n) < 10 else n[:7] + "...") for i, n in enumerate(names)]
    let labels: Vec<(usize, &str)> =
        comp![(i, n if n.len() < 10 else format!("{}...", &n[..7])) for (i, n) in names.iter().copied().enumerate()];
    println!("{labels:?}");
}
