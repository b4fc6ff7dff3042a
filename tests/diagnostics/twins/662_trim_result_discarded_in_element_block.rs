//! mistake: calls line.trim() as a statement in the element's block, as if it stripped in place
//! category: lint
fn main() {
    let text = "  a \n bb  \n";
    let mut widths = Vec::new();
    for line in text.lines() {
        line.trim();
        widths.push(line.len());
    }
    println!("{widths:?}");
}
