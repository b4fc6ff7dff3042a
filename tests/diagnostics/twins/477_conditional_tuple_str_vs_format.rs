//! mistake: conditional inside a tuple element: one branch &str, the other a String from format!
//! offending: format!("{}...", &n[..7])
//! category: type

fn main() {
    let names = vec!["Ada", "Bartholomew Higginbottom", "Cy"];
    let mut labels: Vec<(usize, &str)> = Vec::new();
    for (i, n) in names.iter().copied().enumerate() {
        labels.push((i, if n.len() < 10 { n } else { format!("{}...", &n[..7]) }));
    }
    println!("{labels:?}");
}
