//! mistake: a generic ledger's loop over `sum()` of each group with `T: Copy` only, no `Sum` bound
//! offending: sum
//! category: type
struct Ledger<T> {
    groups: Vec<Vec<T>>,
}

impl<T: Copy> Ledger<T> {
    fn totals(&self) -> Vec<T> {
        let mut out = Vec::new();
        for g in &self.groups {
            out.push(g.iter().copied().sum());
        }
        out
    }
}

fn main() {
    let l = Ledger { groups: vec![vec![1, 2], vec![3]] };
    println!("{:?}", l.totals());
}
