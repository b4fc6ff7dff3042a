//! mistake: collecting the inner chars into a Vec where a String was meant (hand-written)
//! offending: w.chars().filter(|c| c.is_alphanumeric()).collect::<Vec<char>>()
fn main() {
    let words = vec!["he!llo", "wo,rld"];
    let cleaned: Vec<String> = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<Vec<char>>())
        .collect();
    println!("{cleaned:?}");
}
