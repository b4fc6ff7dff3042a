//! mistake: a generic ledger's `[sum(g) for g in self.groups]` with `T: Copy` only, no `Sum` bound
//! offending: sum
//! category: type
use comprehensions::comp;

struct Ledger<T> {
    groups: Vec<Vec<T>>,
}

impl<T: Copy> Ledger<T> {
    fn totals(&self) -> Vec<T> {
        comp![g.iter().copied().sum() for g in &self.groups]
    }
}

fn main() {
    let l = Ledger { groups: vec![vec![1, 2], vec![3]] };
    println!("{:?}", l.totals());
}
