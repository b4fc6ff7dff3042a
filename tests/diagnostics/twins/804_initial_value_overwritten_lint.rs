//! mistake: Python habit of initialising a variable before assigning it in every branch (the first value is never read)
fn main() {
    let temps = vec![12, 30, 21];
    let mut labels = Vec::new();
    for t in &temps {
        let mut label = "cold";
        if *t > 25 { label = "hot"; } else { label = "mild"; }
        labels.push(label);
    }
    println!("{labels:?}");
}
