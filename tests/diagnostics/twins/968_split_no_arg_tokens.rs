//! mistake: Python's `line.split()` with no argument to split on whitespace
//! offending: split()
//! category: python-habit

fn main() {
    let text = "id name score\n1 ann 90\n2 bob 85";
    let table: Vec<Vec<String>> = text
        .lines()
        .skip(1)
        .map(|line| line.split().map(|w| w.to_string()).collect())
        .collect();
    println!("{table:?}");
}
