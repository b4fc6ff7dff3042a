//! mistake: Python's `enumerate(lines)` as a free function (hand-written)
fn main() {
    let lines = vec!["fn main() {", "", "}"];
    let mut numbered = Vec::new();
    for (i, line) in enumerate(&lines) {
        numbered.push(format!("{:>3} {line}", i + 1));
    }
    println!("{}", numbered.join("\n"));
}
