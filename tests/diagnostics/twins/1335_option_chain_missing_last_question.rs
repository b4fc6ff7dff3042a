//! mistake: an `Option` chain `l.split_whitespace().next()?.chars().next()` with its last `?` forgotten, pushed into a `Vec<char>` returned as `Option<Vec<char>>`
//! offending: l.split_whitespace().next()?.chars().next()
//! category: try
fn initials(lines: &[&str]) -> Option<Vec<char>> {
    let mut out: Vec<char> = Vec::new();
    for l in lines {
        out.push(l.split_whitespace().next()?.chars().next());
    }
    Some(out)
}

fn main() {
    println!("{:?}", initials(&["ada lovelace", "alan turing"]));
}
