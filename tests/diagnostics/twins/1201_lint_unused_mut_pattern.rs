//! mistake: writes `for mut line in lines` but only reads each line
//! offending: mut line
//! category: lint

fn main() {
    let lines = vec!["  a ", "b  "];
    let mut cleaned = Vec::new();
    for mut line in lines {
        cleaned.push(line.trim().to_uppercase());
    }
    println!("{cleaned:?}");
}
