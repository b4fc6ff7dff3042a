//! mistake: iterated `reads` by value in the comprehension, then used `reads` again for the N50 report
//! offending: reads.len()
//! category: ownership
use comprehensions::comp;

struct Read {
    name: String,
    seq: String,
}

fn n50(mut lengths: Vec<usize>) -> usize {
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    let half: usize = lengths.iter().sum::<usize>() / 2;
    let mut acc = 0;
    for l in &lengths {
        acc += l;
        if acc >= half {
            return *l;
        }
    }
    0
}

fn main() {
    let reads = vec![
        Read { name: "m1".to_string(), seq: "ACGT".repeat(250) },
        Read { name: "m2".to_string(), seq: "GGCA".repeat(40) },
        Read { name: "m3".to_string(), seq: "TTAG".repeat(900) },
    ];
    // Python: lengths = [len(r.seq) for r in reads]
    let lengths: Vec<usize> = comp![r.seq.len() for r in reads];
    println!("{} reads, N50 = {}", reads.len(), n50(lengths));
    println!("first read: {}", reads[0].name);
}
