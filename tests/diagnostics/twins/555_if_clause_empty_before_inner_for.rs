//! mistake: refactoring a log analyser, the user deleted the `if`'s condition (hand-written)
//! offending: if  {
fn main() {
    let lines = vec!["ERROR disk full", "INFO ok", "ERROR net down"];
    let mut words = Vec::new();
    for line in &lines {
        if  {
            for w in line.split(' ') {
                words.push(w);
            }
        }
    }
    println!("{words:?}");
}
