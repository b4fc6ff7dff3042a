//! mistake: popping from each stack while iterating &stacks (needs &mut stacks)
//! offending: s.pop()
//! category: ownership
use comprehensions::comp;

fn main() {
    let stacks: Vec<Vec<char>> = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    // Python: tops = [s.pop() for s in stacks]
    let tops: Vec<Option<char>> = comp![s.pop() for s in &stacks];
    println!("{:?}", tops);
}
