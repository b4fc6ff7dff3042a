//! mistake: tested for a substring with Python's `substring in line`
//! offending: "Out of memory" in line
//! category: python-habit

fn main() {
    let dmesg = "[ 12.001] eth0: link up\n[ 980.442] Out of memory: Killed process 4121 (java)\n[ 981.000] audit: backlog limit exceeded";
    let oom_kills: Vec<&str> = dmesg.lines().filter(|line| "Out of memory" in line).collect();
    println!("{} OOM kills", oom_kills.len());
}
