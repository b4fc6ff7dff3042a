//! mistake: Python habit of initialising a variable before assigning it in every branch (the first value is never read)
//! offending: label = "cold"
//! category: lint
use comprehensions::comp;

fn main() {
    let temps = vec![12, 30, 21];
    let labels = comp![{
        let mut label = "cold";
        if *t > 25 { label = "hot"; } else { label = "mild"; }
        label
    } for t in &temps];
    println!("{labels:?}");
}
