//! mistake: summed `usize` position counts with `.sum::<u32>()`
//! offending: sum::<u32>()
//! category: type

struct Posting {
    doc_id: u32,
    positions: Vec<usize>,
}

fn main() {
    let postings = vec![
        Posting { doc_id: 3, positions: vec![0, 17, 42] },
        Posting { doc_id: 8, positions: vec![5] },
    ];
    let total_occurrences: u32 = postings.iter().filter(|p| p.doc_id > 0).map(|p| p.positions.len()).sum::<u32>();
    println!("{total_occurrences}");
}
