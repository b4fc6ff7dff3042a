//! mistake: a chained conditional whose last branch is the number instead of a label
//! offending: { t }
//! category: type
fn main() {
    let temps = vec![-5, 0, 22];
    let mut words = Vec::new();
    for t in temps {
        words.push(if t < 0 { "cold" } else if t == 0 { "zero" } else { t });
    }
    println!("{words:?}");
}
