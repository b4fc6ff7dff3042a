//! mistake: comparing a `char` with a one-letter string `"a"`, as Python has no char type (hand-written)
fn main() {
    let dna = "gattaca";
    let positions: Vec<usize> = dna
        .chars()
        .enumerate()
        .filter(|&(_, c)| c == "a")
        .map(|(i, _)| i)
        .collect();
    println!("{positions:?}");
}
