fn main() {
    let stacks: Vec<Vec<char>> = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    let mut tops: Vec<Option<char>> = Vec::new();
    for s in &stacks {
        tops.push(s.pop());
    }
    println!("{:?}", tops);
}
