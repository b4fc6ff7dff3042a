//! mistake: wrapped the lines in Python's builtin `enumerate(...)`
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

fn main() {
    let kern_log = "kernel: audit: type=1400 apparmor=\"ALLOWED\"\n\
                    kernel: nginx[2211]: segfault at 0 ip 00007f error 4\n\
                    kernel: UFW BLOCK IN=eth0 SRC=185.7.33.1";
    let crash_lines = comp![i + 1 for (i, line) in enumerate(kern_log.lines()) if line.contains("segfault")];
    println!("{crash_lines:?}");
}
