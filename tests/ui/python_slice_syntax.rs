use comprehensions::comp;

fn main() {
    let lines = vec!["-rw foo", "drw bar"];
    // Python: [line[1:] for line in lines]
    let _modes = comp![line[1:] for line in &lines];
    let samples = vec![1, 2, 3, 4];
    // Python: [s * 10 for s in samples[::2]]
    let _scaled = comp![s * 10 for s in samples[::2]];
}
